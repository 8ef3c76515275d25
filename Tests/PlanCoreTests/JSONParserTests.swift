import Testing
@testable import PlanCore

@Suite("JSON parser and tree decoder")
struct JSONParserTests {
    func parse(_ s: String) throws -> JSONNode { try JSONParser.parse(Array(s.utf8)) }

    @Test func parsesValues() throws {
        let n = try parse(#"{"a": [1, -2.5, true, null, "x\u00e9\n\"", {}], "b": 12345678901234}"#)
        guard case .object(let m) = n.value, case .array(let items) = m[0].node.value else {
            Issue.record("expected an object with a list")
            return
        }
        #expect(items.count == 6)
        if case .int(let v) = items[0].value { #expect(v == 1) } else { Issue.record("not an int") }
        if case .double(let v) = items[1].value { #expect(v == -2.5) } else { Issue.record("not a double") }
        if case .string(let s) = items[4].value { #expect(s == "xé\n\"") } else { Issue.record("not a string") }
        if case .int(let v) = m[1].node.value { #expect(v == 12_345_678_901_234) } else { Issue.record("not an int") }
    }

    @Test func surrogatePairs() throws {
        let n = try parse(#""\ud83d\ude00""#)
        if case .string(let s) = n.value { #expect(s == "😀") } else { Issue.record("not a string") }
        #expect(throws: JSONSyntaxError.self) { try parse(#""\ud83d""#) }
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9), ("[1 2]", 1, 4), ("{\n  \"a\": tru\n}", 2, 8), ("\"abc", 1, 1),
        ("{\"a\":1,\"a\":2}", 1, 8), ("01", 1, 1), ("[1]x", 1, 4), ("\"a\tb\"", 1, 3),
    ])
    func syntaxErrorsAreLocated(text: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            Issue.record("expected an error for \(text)")
        } catch {
            let p = TextPosition(offset: error.offset, in: Array(text.utf8))
            #expect(p.line == line && p.column == column, "\(text): \(error.message) at \(p)")
        }
    }

    @Test func readerNamesLineColumnAndField() throws {
        let text = "{\"kind\": \"saferplan.risks\", \"schemaVersion\": 1,\n \"register\": {\"risks\": [{\"id\": \"R1\",\n \"residual\": {\"likelihood\": \"high\", \"impact\": 2}}]}}"
        var ws = Workspace()
        do {
            _ = try ws.read(.risks, from: Array(text.utf8), strict: true)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == "register.risks[0].residual.likelihood")
            #expect(error.message == "expected a whole number, found a string")
            #expect(TextPosition(offset: error.offset, in: Array(text.utf8)) == TextPosition(line: 3, column: 29))
        }
    }

    @Test func readerRefusesUnknownFieldsWhenStrict() throws {
        let text = #"{"kind": "saferplan.budget", "schemaVersion": 1, "budget": {"fundingLines": [{"id": "a", "year": "2008-09", "ammount": 5}]}}"#
        var ws = Workspace()
        #expect(throws: JSONReadError.self) { _ = try ws.read(.budget, from: Array(text.utf8), strict: true) }
        let header = try ws.read(.budget, from: Array(text.utf8), strict: false)
        #expect(header.kind == "saferplan.budget")
        #expect(ws.budget.fundingLines.first?.id == "a")
        // The misspelt amount is no amount: a sum not yet known, never £0.
        #expect(ws.budget.fundingLines.first.map { $0.amount == nil } == true)
    }

    @Test func readerReportsMissingRequiredFields() {
        let text = #"{"kind": "saferplan.risks", "schemaVersion": 1, "register": {"risks": [{"title": "No id"}]}}"#
        var ws = Workspace()
        do {
            _ = try ws.read(.risks, from: Array(text.utf8), strict: true)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "the required field Id (\"id\") is missing")
            #expect(error.path == "register.risks[0]")
        }
    }

    @Test(arguments: ["0.1", "1.53", "-2.5", "1234.56", "1e3", "12345678901234567890", "0", "-0.0001"])
    func numbersReadExactly(text: String) throws {
        let v = try JSONReader.read(Array(text.utf8)) { (r) throws(JSONReadError) in try r.double() }
        #expect(v == Double(text))
    }

    @Test func everyWorkspaceFileRoundTripsThroughTheReader() throws {
        for (name, ws) in DemoWorkspaces.all {
            for file in WorkspaceFile.allCases {
                var copy = Workspace()
                let header = try copy.read(file, from: try ws.encoded(file), strict: true)
                #expect(header.kind == file.kind && header.version == WorkspaceFile.currentSchemaVersion)
                #expect(try copy.encoded(file) == ws.encoded(file), "\(name) \(file)")
            }
        }
    }
}
