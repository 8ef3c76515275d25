import Foundation
import Testing
@testable import PlanCore

/// The action plans' catalogues: actions.json written and read from them, and the action sheet's
/// columns the ones it has always had.
struct DeliveryCatalogueTests {
    /// The action sheet's columns as `ActionSchema` listed them by hand before the catalogue.
    static let columnsBefore: [FieldDescription] = [
        FieldDescription("year", "Year", synonyms: ["financial year", "plan year"], help: "The plan year, e.g. 2026-27 (default: the current one)"),
        FieldDescription("priority_code", "Priority code", .derived, synonyms: ["priority ref", "priority no"]),
        FieldDescription("priority", "Priority", .references("priority"), synonyms: ["priority area", "theme", "objective", "outcome", "strand"],
            required: true, help: "The priority by id, code or title"),
        FieldDescription("id", "Ref", synonyms: ["action ref", "action id", "action no", "action number", "reference", "no", "number"]),
        FieldDescription("code", "Code", synonyms: ["action code"]),
        FieldDescription("title", "Action", synonyms: ["title", "action description", "description", "activity", "what", "task", "actions"],
            required: true),
        FieldDescription("owner", "Lead", synonyms: ["owner", "action owner", "lead officer", "responsible officer", "responsible", "who", "named lead"]),
        FieldDescription("partners", "Partners", .lines, synonyms: ["partner", "partners involved", "delivery partners", "lead agency", "agencies"]),
        FieldDescription("due", "Due", .date, synonyms: ["due date", "deadline date", "by when", "target date", "completion date", "timescale", "end date"]),
        FieldDescription("measure", "Measure", synonyms: ["success measure", "performance measure", "measure of success", "how measured", "kpi"]),
        FieldDescription("baseline", "Baseline", synonyms: ["starting point", "current position"]),
        FieldDescription("target", "Target", synonyms: ["smart target", "target outcome", "milestone"]),
        FieldDescription("deadline", "Target deadline", .date, synonyms: ["smart deadline", "target by"]),
        FieldDescription("amount", "Amount (£)", .money, synonyms: ["amount", "budget", "cost", "funding", "resources £", "budget £", "cost £"]),
        FieldDescription("funding_line", "Funding line", .references("funding line"), synonyms: ["funding source", "funding stream", "funded by", "source of funding"]),
        FieldDescription("staff", "Staff", synonyms: ["staffing", "resources", "staff time"]),
        FieldDescription("status", "Status", .choice(ActionStatus.allCases.map(\.label)), synonyms: ["progress status", "action status"]),
        FieldDescription("rag", "RAG", .choice(RAG.allCases.map(\.label)), synonyms: ["rag status", "rating", "rag rating", "overall rag"]),
        FieldDescription("latest_quarter", "Quarter", synonyms: ["latest quarter", "update quarter", "period"],
            help: "The quarter the RAG and commentary are for, e.g. 2026-27 Q2 (default: the current one)"),
        FieldDescription("latest_rag", "Quarter RAG", .choice(RAG.allCases.map(\.label)), synonyms: ["latest rag", "update rag"]),
        FieldDescription("latest_commentary", "Commentary", synonyms: ["latest commentary", "progress", "update", "comments", "progress update",
            "progress commentary", "narrative"]),
        FieldDescription("overdue", "Overdue", .derived),
        FieldDescription("smart_gaps", "SMART gaps", .derived, synonyms: ["not smart"]),
        FieldDescription("carried_from", "Carried from", .derived),
    ]

    @Test func theActionSheetKeepsItsColumns() {
        let now = ActionSchema().fields(Workspace())
        #expect(now.map(CatalogueTests.line) == Self.columnsBefore.map(CatalogueTests.line))
    }

    @Test func theActionSheetsColumnsAreThePlansAndTheActionsCatalogueFields() {
        let names = ActionSchema().fields(Workspace()).map(\.name)
        let plan = ActionPlan.catalogue.fields.filter(\.inSheets).map(\.name)
        #expect(Set(ActionPlan.sheetOrder) == Set(plan))
        #expect(names == ActionPlan.sheetOrder + PlanAction.catalogue.fields.filter(\.inSheets).map(\.name))
    }

    /// An action plan with every stored field of its action given, nested records included.
    static var fullPlan: ActionPlan {
        let action = PlanAction(id: "a-1", code: "YP1", title: "Diversionary sport", owner: "Youth service", partners: ["Police", "p-2"],
                                due: day("2027-03-31"),
                                smart: SmartTarget(measure: "Young people attending", baseline: "40", target: "80", deadline: day("2027-02-28")),
                                resources: ActionResources(amount: Money(pence: 1_250_050), fundingLine: "fl-1", staff: "Two youth workers"),
                                status: .inProgress, rag: .amber,
                                updates: [ProgressUpdate(quarter: Quarter(containing: day("2026-08-01")), rag: .amber, commentary: "Slow start",
                                                         value: 52.5, date: day("2026-09-30"))],
                                carriedFrom: "a-0")
        return ActionPlan(id: "ap-1", priority: "p-1", year: FinancialYear(2026), lead: "Community safety manager", status: .agreed,
                          actions: [action])
    }

    static func actionsFile(_ plans: [ActionPlan]) throws -> String {
        var ws = Workspace()
        ws.actionPlans = plans
        return String(decoding: try ws.encoded(.actions), as: UTF8.self)
    }

    static func readActions(_ text: String) throws(LoadError) -> Workspace {
        try WorkspaceStore.read(.actions, bytes: Array(text.utf8), path: "actions.json").0
    }

    @Test func anActionPlanIsWrittenUnderItsCataloguesKeysAndReadBackWhole() throws {
        let text = try Self.actionsFile([Self.fullPlan])
        #expect(try CatalogueTests.keys(ofObjectsWith: "lead", in: text) == [ActionPlan.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "carriedFrom", in: text) == [PlanAction.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "measure", in: text) == [SmartTarget.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "staff", in: text) == [ActionResources.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "commentary", in: text) == [ProgressUpdate.catalogue.jsonKeys.sorted()])
        #expect(try Self.readActions(text).actionPlans == [Self.fullPlan])
    }

    @Test func absentOptionalFieldsOfAnActionAreLeftOutAsBefore() throws {
        let plan = ActionPlan(id: "ap-2", priority: "p-1", year: FinancialYear(2026),
                              actions: [PlanAction(id: "a-2", updates: [ProgressUpdate(quarter: Quarter(containing: day("2026-05-01")), rag: .red)])])
        let text = try Self.actionsFile([plan])
        #expect(try CatalogueTests.keys(ofObjectsWith: "owner", in: text)
                == [["code", "id", "owner", "partners", "resources", "smart", "status", "title", "updates"]])
        #expect(try CatalogueTests.keys(ofObjectsWith: "measure", in: text) == [["baseline", "measure", "target"]])
        #expect(try CatalogueTests.keys(ofObjectsWith: "staff", in: text) == [["staff"]])
        #expect(try CatalogueTests.keys(ofObjectsWith: "commentary", in: text) == [["commentary", "quarter", "rag"]])
        #expect(try Self.readActions(text).actionPlans == [plan])
    }

    @Test(arguments: [
        ("\"staff\" : \"Two youth workers\"", "\"stafff\" : \"Two youth workers\"", "unknown field \"stafff\"; check its spelling",
         "actionPlans[0].actions[0].resources"),
        ("\"rag\" : \"amber\",\n              \"value\"", "\"value\"", "the required field RAG (\"rag\") is missing",
         "actionPlans[0].actions[0].updates[0]"),
        ("\"priority\" : \"p-1\",", "", "the required field Priority (\"priority\") is missing", "actionPlans[0]"),
        ("\"status\" : \"inProgress\",", "\"status\" : \"going\",",
         "expected one of \"notStarted\", \"inProgress\", \"complete\", \"deferred\", \"cancelled\"; found \"going\"",
         "actionPlans[0].actions[0].status"),
        ("\"amount\" : 12500.5,", "\"amount\" : \"lots\",", "", "actionPlans[0].actions[0].resources.amount"),
    ])
    func aFaultInAnyActionFieldIsPlacedAtItsLineColumnAndPath(_ find: String, _ replace: String, _ message: String,
                                                                 _ path: String) throws {
        let good = try Self.actionsFile([Self.fullPlan])
        #expect(good.contains(find))
        guard let first = good.range(of: find) else { return }
        let bad = good.replacingCharacters(in: first, with: replace)
        do {
            _ = try Self.readActions(bad)
            Issue.record("\(path) was not refused")
        } catch {
            if !message.isEmpty { #expect(error.message == message) }
            #expect(error.fieldPath == path)
            #expect(error.position != nil)
        }
    }
}
