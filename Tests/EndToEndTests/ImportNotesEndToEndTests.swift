import Foundation
import Testing

/// The import itself says what its dry run notes of a row, not only "imported …".
struct ImportNotesEndToEndTests {
    @Test func theRealImportSaysTheRowsNotesAsTheDryRunDoes() throws {
        let t = Tmux()
        func run(_ args: [String]) throws -> (Int32, String) { try t.command(args, inFolderOn: "2026-12-01") }
        try ("Ref,Performance Indicator,Polarity,Unit,Target 2026/27,Q2 Actual,RAG\n"
             + "NI 16,Serious acquisitive crime,Low,rate,11.9,3.1,Green\n"
             + "NI 30,Re-offending rate of prolific offenders,Lower is better,%,10%,11.2%,Amber\n")
            .write(toFile: t.folder + "/return.csv", atomically: true, encoding: .utf8)
        #expect(try run(["init", "northshire", "--name", "Northshire Community Safety Partnership"]).0 == 0)
        let noted = "return.csv, row 3: added ind-2\n    column G \"RAG\": the sheet says Amber; SaferPlan works out Red (11.2 in 2026-27 Q2 "
            + "against the 2026-27 target of 10, lower is better, 5% tolerance) and does not store the sheet's\n"
        let dry = try run(["import", "indicators", "return.csv", "northshire", "--dry-run"])
        #expect(dry.1.contains(noted))
        let real = try run(["import", "indicators", "return.csv", "northshire"])
        #expect(real.0 == 0)
        // Only the row with a note is named; the plain row is in the summary.
        #expect(real.1 == "saferplan: columns not stored (SaferPlan works them out from the others): \"RAG\"\n" + noted
                + "imported 2 added, 0 updated, 0 unchanged into 2 files in northshire/indicators/\n", "\(real.1)")
        let again = try run(["import", "indicators", "return.csv", "northshire"])
        #expect(again.1.contains("return.csv, row 3: unchanged ind-2\n    column G \"RAG\": the sheet says Amber"))
        #expect(again.1.hasSuffix("nothing to change: 0 added, 0 updated, 2 unchanged\n"))
    }
}
