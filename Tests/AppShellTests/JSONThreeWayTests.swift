@testable import AppShell
import PlanCore
import Testing

/// Two changed versions of a file merged against the version both started from.
@Suite struct JSONThreeWayTests {
    static func json(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8)).value
    }

    static let base = """
        {"schemaVersion": 1, "risks": [
          {"id": "R01", "title": "Delays", "owner": "Ann", "score": 12},
          {"id": "R02", "title": "Staff", "owner": "Bob", "score": 9}]}
        """

    @Test func changesToDifferentFieldsOfARecordAreBothKept() throws {
        let mine = Self.base.replacingOccurrences(of: "\"Delays\"", with: "\"Delays to sign-off\"")
        let theirs = Self.base.replacingOccurrences(of: "\"owner\": \"Ann\"", with: "\"owner\": \"Carol\"")
        let (merged, conflicts) = JSONThreeWay.merge(base: try Self.json(Self.base), mine: try Self.json(mine),
                                                     theirs: try Self.json(theirs))
        #expect(conflicts.isEmpty)
        let expected = Self.base.replacingOccurrences(of: "\"Delays\"", with: "\"Delays to sign-off\"")
            .replacingOccurrences(of: "\"owner\": \"Ann\"", with: "\"owner\": \"Carol\"")
        #expect(JSONThreeWay.same(merged, try Self.json(expected)))
    }

    @Test func recordsAddedAndRemovedOnEachSideAreMergedById() throws {
        let mine = Self.base.replacingOccurrences(of: "\"score\": 9}]", with: "\"score\": 9}, {\"id\": \"R03\", \"title\": \"New here\"}]")
        let theirs = """
            {"schemaVersion": 1, "risks": [
              {"id": "R02", "title": "Staff", "owner": "Bob", "score": 9},
              {"id": "R09", "title": "New on disk"}]}
            """
        let (merged, conflicts) = JSONThreeWay.merge(base: try Self.json(Self.base), mine: try Self.json(mine),
                                                     theirs: try Self.json(theirs))
        #expect(conflicts.isEmpty)
        guard case .array(let risks)? = merged["risks"]?.value else {
            Issue.record("no risks list")
            return
        }
        let ids = risks.compactMap { node -> String? in
            if case .string(let id)? = node.value["id"]?.value { return id } else { return nil }
        }
        #expect(ids == ["R02", "R03", "R09"])
    }

    @Test func theSameFieldChangedOnBothSidesIsAConflictHoldingMine() throws {
        let mine = Self.base.replacingOccurrences(of: "\"Delays\"", with: "\"Mine\"")
        let theirs = Self.base.replacingOccurrences(of: "\"Delays\"", with: "\"Theirs\"")
        let (merged, conflicts) = JSONThreeWay.merge(base: try Self.json(Self.base), mine: try Self.json(mine),
                                                     theirs: try Self.json(theirs))
        #expect(conflicts == [JSONThreeWay.Conflict(path: ["risks", "R01", "title"], mine: "Mine", theirs: "Theirs")])
        #expect(JSONThreeWay.same(merged, try Self.json(mine)))
    }

    @Test func aRecordChangedHereButRemovedOnDiskIsAConflict() throws {
        let mine = Self.base.replacingOccurrences(of: "\"Staff\"", with: "\"Staff leaving\"")
        let theirs = """
            {"schemaVersion": 1, "risks": [{"id": "R01", "title": "Delays", "owner": "Ann", "score": 12}]}
            """
        let (_, conflicts) = JSONThreeWay.merge(base: try Self.json(Self.base), mine: try Self.json(mine),
                                                theirs: try Self.json(theirs))
        #expect(conflicts == [JSONThreeWay.Conflict(path: ["risks", "R02"], mine: "Staff leaving", theirs: "(removed)")])
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() throws {
        let both = Self.base.replacingOccurrences(of: "12", with: "16")
        let (merged, conflicts) = JSONThreeWay.merge(base: try Self.json(Self.base), mine: try Self.json(both),
                                                     theirs: try Self.json(both))
        #expect(conflicts.isEmpty)
        #expect(JSONThreeWay.same(merged, try Self.json(both)))
    }
}
