import Foundation
import PlanCore
import Testing

/// A council's funding table with a Funder column: funders who are no partners are kept in the
/// lines' notes, and said; `--map` can leave the column out altogether.
@Suite(.serialized) struct FundingMapEndToEndTests {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../SpreadsheetTests/Fixtures").standardized.path

    @Test func aMapLeavesTheFunderColumnOutWithNothingOrIgnore() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        let sheet = fixtures + "/council-funding-funder.xlsx"
        let before = try partText(ws, .budget)
        let (dryStatus, drySaid) = try t.command(["import", "budget", sheet, ws, "--dry-run"])
        #expect(dryStatus == 0, "\(drySaid)")
        #expect(drySaid.contains("column B \"Funder\": \"Home Office\" is no partner, so it is kept in the note (add it as a partner, "
                                 + "or use --create-missing, to link the line to it)"), "\(drySaid)")
        #expect(drySaid.contains("would import 4 added, 0 updated, 0 unchanged"), "\(drySaid)")
        #expect(try partText(ws, .budget) == before)
        for (name, value) in [("empty", "\"\""), ("ignore", "\"ignore\"")] {
            let map = t.folder + "/funding-\(name).toml"
            try "# the funders are not partners\n\"Funder\" = \(value)\n".write(toFile: map, atomically: true, encoding: .utf8)
            let (status, said) = try t.command(["import", "budget", sheet, ws, "--map", map, "--dry-run"])
            #expect(status == 0, "\(said)")
            #expect(said.contains("columns left out by --map: \"Funder\""), "\(said)")
            #expect(!said.contains("columns ignored"), "\(said)")
            #expect(said.contains("would import 4 added, 0 updated, 0 unchanged"), "\(said)")
        }
        #expect(try t.command(["import", "budget", sheet, ws]).0 == 0)
        #expect(try partText(ws, .budget).contains("Funder: Home Office"))
    }
}
