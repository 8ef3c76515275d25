import Foundation
import PlanCore
import Testing

/// A council's funding table with a Funder column: refused row by row while its funders are no
/// partners, imported whole once `--map` leaves the column out.
@Suite(.serialized) struct FundingMapEndToEndTests {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../SpreadsheetTests/Fixtures").standardized.path

    @Test func aMapLeavesTheFunderColumnOutWithNothingOrIgnore() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        let sheet = fixtures + "/council-funding-funder.xlsx"
        let before = try partText(ws, .budget)
        let (refused, refusedSaid) = try t.command(["import", "budget", sheet, ws])
        #expect(refused == 1)
        #expect(refusedSaid.contains("sheet \"Funding\", row 2: refused: column B \"Funder\": no partner \"Home Office\" (by id, name or acronym); "
                                     + "add it first, or use --create-missing; or, when the column names funders who are not partners, leave "
                                     + "it out with --map (\"Funder\" = \"\")"), "\(refusedSaid)")
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
        let map = t.folder + "/funding-empty.toml"
        #expect(try t.command(["import", "budget", sheet, ws, "--map", map]).0 == 0)
        #expect(try partText(ws, .budget).contains("Serious Violence Duty grant"))
    }
}
