import Testing
@testable import PlanCore

/// Stretch and local targets in and out of the indicators table: a column each, the value optional.
@Suite("Stretch and local targets in sheets")
struct AgreedTargetImportTests {
    let today = day("2026-12-01")
    var fresh: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }
    let haringey = DemoWorkspaces.haringey

    func csv(_ text: String, into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(IndicatorSchema(), try TabularReader.read(Array(text.utf8), file: "return.csv"), into: ws,
                            options: TableImportOptions(today: today))
    }

    /// Haringey as it would be without its stretch and local targets.
    var withoutTargets: Workspace {
        var ws = haringey
        for i in ws.indicators.indices { ws.indicators[i].agreedTargets = nil }
        return ws
    }

    @Test func theExportWritesEachKindInItsOwnColumn() throws {
        let text = CSVExport.export(.indicators, of: haringey, today: Today.resolve(for: haringey.info))
        let rows = try #require(TabularReader.read(Array(text.utf8), file: "x.csv").first).rows
        let header = rows[0].cells.map(\.text)
        let stretch = try #require(header.firstIndex(of: "stretch_target")), local = try #require(header.firstIndex(of: "local_target"))
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0].text, $0) })
        #expect(byID["stretch-robbery"]?[stretch].text == "agreed, value not recorded |  | Existing stretch target for robbery, to be incorporated in the LAA")
        #expect(byID["stretch-robbery"]?[local].text == "")
        #expect(byID["local-yp-victims"]?[local].text
                == "agreed, value not recorded |  | Local target for victim support services to young people, to be incorporated in the LAA")
        #expect(byID["ni-15"]?[stretch].text == "")
    }

    @Test func csvAndXLSXBringTheTargetsBackLosslessly() throws {
        let asOf = Today.resolve(for: haringey.info)
        let options = TableImportOptions(today: asOf)
        let csv = try TableImport.run(IndicatorSchema(), try TabularReader.read(Array(CSVExport.export(.indicators, of: haringey, today: asOf).utf8),
                                                                                 file: "x.csv"), into: withoutTargets, options: options)
        #expect(csv.summary == "0 added, 3 updated, \(haringey.indicators.count - 3) unchanged")
        #expect(csv.workspace == haringey)
        let xlsx = try TableImport.run(IndicatorSchema(), try TabularReader.read(try XLSXExport.export(.indicators, of: haringey, today: asOf),
                                                                                  file: "x.xlsx"), into: withoutTargets, options: options)
        #expect(xlsx.summary == "0 added, 3 updated, \(haringey.indicators.count - 3) unchanged")
        #expect(xlsx.workspace == haringey)
    }

    @Test func aValueYearAndNoteRoundTripAndALoneValueIsANumberInTheWorkbook() throws {
        var ws = fresh
        var robbery = Indicator(id: "ind-1", code: "NI 15", title: "Robbery")
        robbery.agreedTargets = [AgreedTarget(kind: .stretch, value: 450), AgreedTarget(kind: .local, value: 12.5, year: FinancialYear(2026), note: "set by the board | reviewed"),
                                 AgreedTarget(kind: .local)]
        ws.indicators = [robbery]
        let book = try TabularReader.read(try XLSXExport.export(.indicators, of: ws, today: today), file: "x.xlsx")
        let header = try #require(book.first?.rows.first).cells.map(\.text)
        let row = try #require(book.first?.rows.dropFirst().first)
        #expect(row[try #require(header.firstIndex(of: "Stretch target"))] == .number(450))
        #expect(row[try #require(header.firstIndex(of: "Local target"))] == .text("12.5 | 2026-27 | set by the board | reviewed\nagreed, value not recorded"))
        var empty = ws
        empty.indicators[0].agreedTargets = nil
        let back = try TableImport.run(IndicatorSchema(), book, into: empty, options: TableImportOptions(today: today))
        #expect(back.workspace == ws)
        let again = try TableImport.run(IndicatorSchema(), book, into: ws, options: TableImportOptions(today: today))
        #expect(again.summary == "0 added, 0 updated, 1 unchanged")
    }

    @Test func aCouncilsReturnSaysAgreedOrGivesAFigure() throws {
        let result = try csv("""
            NI,Indicator,Stretch target,Local target
            NI 15,Robbery,450,
            NI 32,Repeat DV victimisation,agreed,no
            LOCAL 1,Victim support to young people,,"400 | 2008/09 | set by the board
            Agreed, value not recorded"
            """, into: fresh)
        #expect(result.summary == "3 added, 0 updated, 0 unchanged")
        let byCode = Dictionary(uniqueKeysWithValues: result.workspace.indicators.map { ($0.code, $0.agreed) })
        #expect(byCode["NI 15"] == [AgreedTarget(kind: .stretch, value: 450)])
        #expect(byCode["NI 32"]?.map(\.summary) == ["stretch target agreed, value not recorded"])
        #expect(byCode["LOCAL 1"] == [AgreedTarget(kind: .local, value: 400, year: FinancialYear(2008), note: "set by the board"),
                                      AgreedTarget(kind: .local)])
        #expect(result.workspace.indicators.allSatisfy { !$0.stretch }, "the stretch flag is its own column")
    }

    @Test func aChangedFigureIsAnUpdateNamingTheColumn() throws {
        let first = try csv("NI,Indicator,Stretch target\nNI 15,Robbery,agreed\n", into: fresh)
        let second = try csv("NI,Indicator,Stretch target\nNI 15,Robbery,450\n", into: first.workspace)
        #expect(second.report() == ["return.csv, row 2: updated ind-1", "    Stretch target: agreed, value not recorded → 450"])
    }

    @Test func aValueThatIsNotANumberIsRefusedWithRowAndColumn() throws {
        let result = try csv("NI,Indicator,Local target\nNI 15,Robbery,lots\nNI 16,Burglary,300 | next year\n", into: fresh)
        #expect(result.report(onlyRefused: true) == [
            "return.csv, row 2: refused: column C \"Local target\": expected a target value or \"agreed, value not recorded\", "
                + "then optionally | year | note; found \"lots\"",
            "return.csv, row 3: refused: column C \"Local target\": expected a financial year such as 2008-09 after the value, "
                + "found \"next year\" in \"300 | next year\"",
        ])
    }
}
