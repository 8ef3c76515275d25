import Foundation
import PlanCore
import Testing

/// A dry run exits as the import would, and SaferPlan's own JSON export comes back unchanged.
@Suite(.serialized) struct ImportDryRunEndToEndTests {
    @Test func aDryRunWithARefusedRowPrintsEveryRowAndExitsNonZero() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        let sheet = t.folder + "/register.csv"
        try ("Risk,Risk owner,Current likelihood,Current impact\n"
             + "Funding for the DV advocate ends,Head of Community Safety,3,4\n"
             + "Venue for the youth project lost,Youth Service manager,2,\n"
             + "New estate opens in the spring,Head of Community Safety,2,2\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        let (status, said) = try t.command(["import", "risks", sheet, ws, "--dry-run"])
        #expect(status == 1)
        #expect(said.contains("register.csv, row 2: added R01"))
        #expect(said.contains("register.csv, row 3: refused: column D \"Current impact\": the likelihood is given but not the impact"))
        #expect(said.contains("register.csv, row 4: added R02"))
        #expect(said.contains("dry run: would import 2 added, 0 updated, 0 unchanged, 1 refused; nothing was written"))
    }

    @Test func theJSONExportImportedBackIsUnchangedAndNoFileIsWritten() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        let sheet = t.folder + "/register.csv"
        try "Risk,Risk owner,Current likelihood,Current impact\nFunding ends,Head of Community Safety,3,4\nVenue lost,Youth Service,2,2\n"
            .write(toFile: sheet, atomically: true, encoding: .utf8)
        #expect(try t.command(["import", "risks", sheet, ws]).0 == 0)
        let json = t.folder + "/risks.json"
        #expect(try t.command(["export", ws, "--what", "risks", "--format", "json", "--output", json]).0 == 0)
        let risks = ws + "/risks.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: risks))
        let modified = try FileManager.default.attributesOfItem(atPath: risks)[.modificationDate] as? Date
        let (status, said) = try t.command(["import", "risks", json, ws])
        #expect(status == 0)
        #expect(said.contains("nothing to change: 0 added, 0 updated, 2 unchanged"), "\(said)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: risks)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: risks)[.modificationDate] as? Date == modified)
    }
}
