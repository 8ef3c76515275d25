import Testing
@testable import PlanCore

@Suite("CSV and import")
struct ExchangeTests {
    @Test func readsWhatSpreadsheetsWrite() throws {
        let text = "\u{FEFF}id,title,controls\r\nR1,\"Cuts, deep\",\"line one\r\nline \"\"two\"\"\"\r\n\r\nR2,Plain,\r\n"
        let records = try CSV.read(text)
        #expect(records.count == 3)
        #expect(records[1].fields == ["R1", "Cuts, deep", "line one\nline \"two\""])
        #expect(records[2].line == 5)
        #expect(records[2].fields == ["R2", "Plain", ""])
    }

    @Test func structuralErrorsHaveLines() {
        #expect(throws: CSV.SyntaxError(line: 2, message: "a quoted field is never closed")) {
            try CSV.read("a,b\n\"open,b\n")
        }
        #expect(throws: CSV.SyntaxError(line: 1, message: "a double quote inside an unquoted field; quote the whole field")) {
            try CSV.read("a\"b,c\n")
        }
    }

    /// The reader's corners, pinned while it was rewritten to work on the bytes in place.
    @Test func readsTheCornersOfTheFormat() throws {
        func read(_ text: String) throws -> [[String]] { try CSV.read(text).map(\.fields) }
        #expect(try read("a,\n") == [["a", ""]])
        #expect(try read("a,") == [["a", ""]])
        #expect(try read("a,b") == [["a", "b"]])
        #expect(try read("\"\"\n,\n\"\",\"\"") == [["", ""], ["", ""]])
        #expect(try read("a\rb\r\nc\n") == [["a"], ["b"], ["c"]])
        #expect(try read("\"in\rside\",x") == [["in\rside", "x"]])
        #expect(try read("'=1,'x,',\"'-2\"") == [["=1", "'x", "'", "-2"]])
        #expect(try read("é,\"ü\"\"ß\"") == [["é", "ü\"ß"]])
        let lines = try CSV.read("\n\nh\n\"multi\nline\",z\r\n\r\nnext\n").map(\.line)
        #expect(lines == [3, 4, 7])
        #expect(throws: CSV.SyntaxError(line: 2, message: "unexpected text after a closing quote")) {
            try CSV.read("h\n\"q\"y,z\n")
        }
        #expect(throws: CSV.SyntaxError(line: 3, message: "a quoted field is never closed")) {
            try CSV.read("h\n\n\"open\nstill open")
        }
    }

    @Test func cellsSplitIntoLinesAndItemsAtEveryKindOfLineEnd() {
        #expect(CellValues.lines(.text(" one \r\n\r\ntwo\rthree\n ")) == ["one", "two", "three"])
        #expect(CellValues.items(.text("csp; pmg ,\r\nyouth panel;;")) == ["csp", "pmg", "youth panel"])
        #expect(CellValues.lines(.text("café\nnaïve")) == ["café", "naïve"])
        #expect(CellValues.lines(.empty).isEmpty)
    }

    @Test func formulasAreDefusedAndRestored() throws {
        let doc = CSV.document(header: ["t", "n"], rows: [[CSV.Cell("=HYPERLINK(\"x\")"), .number("-5")]])
        #expect(doc.contains("\"'=HYPERLINK(\"\"x\"\")\",-5"))
        let back = try CSV.read(doc)
        #expect(back[1].fields == ["=HYPERLINK(\"x\")", "-5"])
    }

    func importCSV(_ text: String, into ws: Workspace) throws -> TableImportResult {
        try RiskTableImport.run(try TabularReader.read(Array(text.utf8), file: "r.csv"), into: ws,
                                options: TableImportOptions(today: day("2009-11-16")))
    }

    @Test func riskCSVIntoAnEmptyRegisterKeepsEveryField() throws {
        let source = DemoWorkspaces.haringey
        let csv = RiskCSV.export(source.risks, today: day("2009-11-16"))
        var empty = source
        empty.risks.risks = []
        let result = try importCSV(csv, into: empty)
        #expect(result.refused == 0)
        #expect(result.added == source.risks.risks.count)
        for (a, b) in zip(source.risks.risks, result.workspace.risks.risks) {
            #expect(a.id == b.id)
            #expect(a.title == b.title && a.owner == b.owner && a.category == b.category && a.status == b.status)
            #expect(a.inherent == b.inherent && a.residual == b.residual && a.target == b.target)
            #expect(a.controls == b.controls && a.mitigations == b.mitigations)
            #expect(a.raisedOn == b.raisedOn && a.lastReview == b.lastReview)
            #expect(b.nextReview == source.risks.nextReviewDue(a))
            #expect(a.priorities == b.priorities && a.bodies == b.bodies)
        }
    }

    @Test func everyBadRowIsReportedWithItsColumn() throws {
        let csv = """
            id,title,residual_likelihood,residual_impact,last_review,status
            R1,Good,2,3,2009-01-01,open
            R2,,9,3,2009-01-01,open
            R3,Bad date,1,1,the 5th,open
            R1,Again,1,1,,closed
            R4,Bad status,1,1,,gone
            """
        var base = DemoWorkspaces.herefordshire
        base.risks.risks = [Risk(id: "R0", title: "Existing")]
        let result = try importCSV(csv, into: base)
        #expect(result.outcomes.map(\.row) == [2, 3, 4, 5, 6])
        #expect(result.outcomes.map(\.outcome) == [
            .added(id: "R1", notes: ["no inherent score given: set to the residual score 2 × 3", "no target score given: set to the residual score 2 × 3"]),
            .refused(reasons: ["column C \"residual_likelihood\": expected a whole number from 1 to 5, found \"9\"",
                               "column B \"title\": expected what the risk is, found nothing"]),
            .refused(reasons: ["column E \"last_review\": expected a date such as 15/01/2027, 2027-01-15 or 15 Jan 2027, found \"the 5th\""]),
            .refused(reasons: ["column A \"id\": the reference R1 is also on row 2"]),
            .refused(reasons: ["column F \"status\": expected open or closed, found \"gone\""]),
        ])
    }

    @Test func unknownColumnsAreListedAsIgnoredAndAnEmptyFileHasNoHeader() throws {
        let r = try importCSV("id,title,residual_likelihood,residual_impact,colour\nR1,x,1,1,blue\n", into: DemoWorkspaces.herefordshire)
        #expect(r.match.ignored == ["colour"])
        #expect(r.added == 1)
        #expect(throws: TabularReadError.self) { try importCSV("", into: DemoWorkspaces.herefordshire) }
    }

    @Test func jsonRoundTripIsIdentical() throws {
        let source = DemoWorkspaces.haringey.risks
        let json = try JSONExport.export(.risks, of: DemoWorkspaces.haringey)
        let result = RiskImport.json(Array(json.utf8), into: RiskRegister(risks: []))
        #expect(result.problems.isEmpty)
        #expect(result.register == source)
    }

    @Test func jsonImportChecksScoresAgainstTheMatrix() throws {
        var small = RiskRegister()
        small.matrix.likelihood.removeLast(2)
        small.risks = [Risk(id: "X", title: "Keeps the matrix")]
        let json = try JSONExport.export(.risks, of: DemoWorkspaces.haringey)
        let result = RiskImport.json(Array(json.utf8), into: small)
        let first = try #require(result.problems.first)
        #expect(first.message.contains("is off the register's 3×5 matrix"))
        #expect(RiskImport.json(Array("{\"kind\": \"other\"}".utf8), into: small).problems.count == 1)
    }

    @Test func budgetCSVHasOneRowPerFundingLineAndNoTotals() throws {
        let ws = DemoWorkspaces.spelthorne
        let rows = try CSV.read(CSVExport.export(.budget, of: ws, today: day("2008-02-15")))
        #expect(rows.count == 1 + ws.budget.fundingLines.count)
        #expect(!rows.contains { $0.fields.contains { $0.lowercased().hasPrefix("total") } })
        #expect(rows.contains { $0.fields.contains("Surrey Police") && $0.fields.contains("Projected") })
    }

    @Test func everyCSVExportHasOneRowPerRecord() throws {
        let ws = DemoWorkspaces.haringey
        let today = day("2009-11-16")
        #expect(try CSV.read(CSVExport.export(.plan, of: ws, today: today)).count == ws.priorities.count + 1)
        // An action has a row per quarterly update, or one when it has none.
        #expect(try CSV.read(CSVExport.export(.actions, of: ws, today: today)).count
                == ws.allActions.map { max(1, $0.action.updates.count) }.reduce(0, +) + 1)
        #expect(try CSV.read(CSVExport.export(.indicators, of: ws, today: today)).count == ws.indicators.count + 1)
        #expect(try CSV.read(CSVExport.export(.governance, of: ws, today: today)).count == ws.governance.bodies.count + 1)
        #expect(try CSV.read(CSVExport.export(.risks, of: ws, today: today)).count == ws.risks.risks.count + 1)
    }
}
