import Foundation
import Testing
@testable import PlanCore

/// The milestones' and engagement mechanisms' catalogues: their files written and read from them,
/// and their sheets' columns the ones they have always had.
struct TimetableCatalogueTests {
    @Test func theMilestoneSheetKeepsItsColumns() {
        let before = [
            FieldDescription("id", "Id"),
            FieldDescription("date", "Date", synonyms: ["when", "by", "deadline", "target date", "due"], help: "As the timetable words it: \"By 18/12/2027\""),
            FieldDescription("step", "Step", synonyms: ["milestone", "stage", "activity", "task", "what"], required: true),
            FieldDescription("body", "Body", synonyms: ["who", "board", "group", "responsible", "meeting"]),
            FieldDescription("done", "Done", .choice(["yes", "no"]), synonyms: ["complete", "completed", "status"]),
            FieldDescription("done_on", "Done on", .date, synonyms: ["completed on", "date completed"]),
            FieldDescription("note", "Note", synonyms: ["notes", "comments"]),
        ]
        #expect(MilestoneSchema().fields(Workspace()).map(CatalogueTests.line) == before.map(CatalogueTests.line))
    }

    @Test func theEngagementSheetKeepsItsColumns() {
        let before = [
            FieldDescription("id", "Id"),
            FieldDescription("name", "Mechanism", synonyms: ["name", "activity", "engagement", "method", "forum"], required: true),
            FieldDescription("description", "Description", synonyms: ["details", "what"]),
            FieldDescription("frequency", "Frequency", synonyms: ["how often", "cadence", "when"],
                             help: "e.g. monthly, quarterly, six times a year, as required"),
            FieldDescription("audience", "Audience", synonyms: ["who", "target audience", "community"]),
            FieldDescription("owner", "Lead", synonyms: ["owner", "lead officer", "responsible"]),
        ]
        #expect(EngagementSchema().fields(Workspace()).map(CatalogueTests.line) == before.map(CatalogueTests.line))
    }

    static var milestone: Milestone {
        Milestone(id: "ms-1", date: "By 18/12/2027", step: "Draft plan to the board", body: "SCEB", done: true, doneOn: day("2027-12-10"),
                  note: "Agreed")
    }

    static var mechanism: EngagementMechanism {
        var frequency = Cadence(parsing: "quarterly") ?? Cadence()
        frequency.text = "Every three months"
        frequency.anchor = day("2027-01-15")
        return EngagementMechanism(id: "eng-1", name: "PACT meetings", description: "Ward panels", frequency: frequency,
                                   audience: "Residents", owner: "Neighbourhood inspector")
    }

    @Test func aMilestoneIsWrittenUnderItsCataloguesKeysAndReadBackWhole() throws {
        var ws = Workspace()
        ws.plan.timetable = [Self.milestone, Milestone(id: "ms-2", date: "January 2028", step: "Publish")]
        let text = String(decoding: try ws.encoded(.plan), as: UTF8.self)
        #expect(try CatalogueTests.keys(ofObjectsWith: "step", in: text)
                == [Milestone.catalogue.jsonKeys.sorted(), ["body", "date", "done", "id", "note", "step"]])
        let back = try WorkspaceStore.read(.plan, bytes: Array(text.utf8), path: "plan.json").0
        #expect(back.plan.timetable == ws.plan.timetable)
        let bad = text.replacingOccurrences(of: "\"doneOn\"", with: "\"doneAt\"")
        do {
            _ = try WorkspaceStore.read(.plan, bytes: Array(bad.utf8), path: "plan.json")
            Issue.record("a misspelt key was read")
        } catch {
            #expect(error.message == "unknown field \"doneAt\"; check its spelling")
            #expect(error.fieldPath == "plan.timetable[0]")
            #expect(error.position != nil)
        }
    }

    @Test func anEngagementMechanismIsWrittenUnderItsCataloguesKeysAndReadBackWhole() throws {
        var ws = Workspace()
        ws.engagement = [Self.mechanism]
        let text = String(decoding: try ws.encoded(.partnership), as: UTF8.self)
        #expect(try CatalogueTests.keys(ofObjectsWith: "audience", in: text) == [EngagementMechanism.catalogue.jsonKeys.sorted()])
        let back = try WorkspaceStore.read(.partnership, bytes: Array(text.utf8), path: "partnership.json").0
        #expect(back.engagement == ws.engagement)
        let bad = text.replacingOccurrences(of: "\"id\" : \"eng-1\",", with: "")
        #expect(bad != text)
        do {
            _ = try WorkspaceStore.read(.partnership, bytes: Array(bad.utf8), path: "partnership.json")
            Issue.record("a mechanism without its id was read")
        } catch {
            #expect(error.message == "the required field Id (\"id\") is missing")
            #expect(error.fieldPath == "engagement[0]")
        }
    }
}
