import Testing
@testable import PlanCore

/// A row's cells are found by field name through a table built once per sheet, which answers as
/// the matched columns do, and follows them when they are changed.
@Suite("Field columns")
struct FieldColumnsTests {
    @Test func answersAsTheColumnsDoForNamesPresentAndAbsent() {
        var byName: [String: Int] = [:]
        for i in 0..<200 { byName["field_\(i)"] = (i * 7) % 31 }
        byName["title"] = 2
        byName[""] = 5
        byName["inherent_likelihood"] = 40
        let index = FieldColumns(byName)
        for (name, column) in byName { #expect(index[name] == column) }
        for name in ["field_200", "Title", "inherent_likelihood ", "x", "field_1 "] { #expect(index[name] == nil) }
        #expect(FieldColumns(byName) == index)
    }

    @Test func aMatchFindsItsColumnsAndFollowsAChange() {
        var match = ColumnMatch(headerRow: 1, headers: ["Ref", "Risk", "Owner"], columns: ["ref": 0, "title": 1, "owner": 2],
                                ignored: [], derived: [])
        #expect(match.column("title") == 1)
        #expect(match.column("status") == nil)
        match.columns["status"] = 3
        match.columns["title"] = nil
        #expect(match.column("status") == 3)
        #expect(match.column("title") == nil)
        #expect(match.column("owner") == 2)
    }

    @Test func aMitigationLineIsTrimmedPartByPart() {
        let m = RiskCSV.parseMitigation("  Patrols at night \t|  Extra patrols | Sgt Ann Lee |  ")
        #expect(m == Mitigation(description: "Patrols at night", action: "Extra patrols", owner: "Sgt Ann Lee", due: nil))
        let dated = RiskCSV.parseMitigation("CCTV café | | Ops | 30/11/2026")
        #expect(dated == Mitigation(description: "CCTV café", action: nil, owner: "Ops", due: Day(year: 2026, month: 11, day: 30)))
        #expect(RiskCSV.parseMitigation("   | action") == nil)
    }
}
