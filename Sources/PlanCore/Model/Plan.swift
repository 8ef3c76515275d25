/// The years a plan covers, e.g. 2008–2011 (three financial years from April 2008).
public struct PlanPeriod: Codable, Sendable, Equatable, CustomStringConvertible {
    /// The calendar year the first financial year starts in (April), e.g. 2008.
    public var startYear: Int
    /// The calendar year the period ends in (March), e.g. 2011; the last financial year starts the year before.
    public var endYear: Int

    /// The period from April `startYear` to March `endYear`; an `endYear` not after `startYear` covers no year.
    public init(startYear: Int, endYear: Int) {
        self.startYear = startYear
        self.endYear = endYear
    }

    /// `2008–2011`.
    public var description: String { "\(startYear)–\(endYear)" }
    /// Number of years covered.
    public var years: Int { endYear - startYear }
    /// The financial years in the period.
    public var financialYears: [FinancialYear] {
        endYear > startYear ? (startYear..<endYear).map(FinancialYear.init) : []
    }
}

/// The yearly revision of the plan after the autumn strategic assessment.
public struct PlanRevision: Codable, Sendable, Equatable, Identifiable {
    /// The revision's id, unique among the plan's revisions.
    public var id: String
    /// The year whose plan this revision produced.
    public var year: FinancialYear
    /// The day the revision was agreed, when known.
    public var date: Day?
    /// What the revision did, in a sentence or two.
    public var summary: String
    /// What changed, one line each.
    public var changes: [String]

    /// A revision with only `id` and `year` required, no date and no changes listed.
    public init(id: String, year: FinancialYear, date: Day? = nil, summary: String = "", changes: [String] = []) {
        self.id = id
        self.year = year
        self.date = date
        self.summary = summary
        self.changes = changes
    }
}

/// A step of the plan timetable, with its date as the paper writes it.
public struct Milestone: Codable, Sendable, Equatable, Identifiable {
    /// The step's id, unique in the timetable, e.g. "ms-1".
    public var id: String
    /// The date as written ("By 18/12/2007", "20/02/2008"); read leniently by the checks.
    public var date: String
    /// What is to be done, e.g. "Final draft v.2 of the Plan".
    public var step: String
    /// The body or group the step involves.
    public var body: String
    /// True once the step has been done; the first step not done is the plan's next milestone.
    public var done: Bool
    /// The day it was done, when recorded.
    public var doneOn: Day?
    /// Free notes on the step.
    public var note: String

    /// A step with only `id` required, not done, with no date.
    public init(id: String, date: String = "", step: String = "", body: String = "", done: Bool = false,
                doneOn: Day? = nil, note: String = "") {
        self.id = id
        self.date = date
        self.step = step
        self.body = body
        self.done = done
        self.doneOn = doneOn
        self.note = note
    }

    /// The date read from `date`, nil when it cannot be read.
    public var day: Day? { Self.day(of: date) }

    /// The day a timetable date as written stands for: a date in any form `Day(lenient:)` reads, or
    /// a month ("January 2027", "By Jan 2027"), which is due by the month's last day.
    public static func day(of text: String) -> Day? { Day(lenient: text) ?? Day(endOfMonth: text) }
}

/// The strategic assessment the plan is built on.
public struct StrategicAssessment: Codable, Sendable, Equatable {
    /// The day the assessment was completed, when known.
    public var date: Day?
    /// Its findings in brief, as written.
    public var summary: String

    /// An assessment with no date and no summary.
    public init(date: Day? = nil, summary: String = "") {
        self.date = date
        self.summary = summary
    }
}

/// A national priority the plan supports, e.g. one of the Safer Communities PSA areas.
public struct NationalPriority: Codable, Sendable, Equatable, Identifiable {
    /// The priority's id, unique in the plan, e.g. "psa-1".
    public var id: String
    /// The framework, e.g. "PSA 23".
    public var framework: String
    /// The priority as the framework words it.
    public var title: String

    /// A priority with only `id` required.
    public init(id: String, framework: String = "", title: String = "") {
        self.id = id
        self.framework = framework
        self.title = title
    }
}

/// The officer's note of evidence against a checklist item.
public struct ChecklistNote: Codable, Sendable, Equatable {
    /// The checklist item's id.
    public var item: String
    /// The evidence, as the officer wrote it: where the plan meets the item.
    public var note: String

    /// A note `note` against the checklist item `item`.
    public init(item: String, note: String) {
        self.item = item
        self.note = note
    }
}

/// The partnership plan: its period, version, approval, narrative sections and timetable.
public struct Plan: Codable, Sendable, Equatable {
    /// The plan's title, e.g. "Spelthorne Together 2008 – 2011 Partnership Plan".
    public var title: String
    /// The years the plan covers.
    public var period: PlanPeriod
    /// The year the current action plans are for.
    public var currentYear: FinancialYear
    /// E.g. "Final draft v.2 Jan 08".
    public var versionLabel: String
    /// The steps of the plan's approval, those that happened first, then the timetable targets.
    public var approval: [ApprovalStep]
    /// The yearly revisions, in the order recorded.
    public var revisions: [PlanRevision]
    /// The plan's timetable, in the order the steps are listed.
    public var timetable: [Milestone]
    /// The assessment the plan is built on.
    public var strategicAssessment: StrategicAssessment
    /// The strategy for tackling crime and disorder in the area.
    public var crimeStrategy: String
    /// How performance against priorities is measured and managed.
    public var performanceFramework: String
    /// How the plan is resourced: mainstreaming, skills, partner contributions.
    public var resourcing: String
    /// How the partnership engages with its communities.
    public var engagementApproach: String
    /// Business processes and compliance with the guidance on effective partnership working.
    public var businessProcesses: String
    /// The national priorities the plan supports.
    public var nationalPriorities: [NationalPriority]
    /// The short public summary of the plan.
    public var publicSummary: String
    /// Evidence against the statutory checklist's items, at most one note per item as the editor keeps it.
    public var checklistNotes: [ChecklistNote]

    /// A plan with every field empty except the period (2008–2011) and the current year (2008–09),
    /// which default to the seed plan's.
    public init(title: String = "", period: PlanPeriod = PlanPeriod(startYear: 2008, endYear: 2011),
                currentYear: FinancialYear = FinancialYear(2008), versionLabel: String = "",
                approval: [ApprovalStep] = [],
                revisions: [PlanRevision] = [], timetable: [Milestone] = [],
                strategicAssessment: StrategicAssessment = StrategicAssessment(),
                crimeStrategy: String = "", performanceFramework: String = "", resourcing: String = "",
                engagementApproach: String = "", businessProcesses: String = "",
                nationalPriorities: [NationalPriority] = [], publicSummary: String = "",
                checklistNotes: [ChecklistNote] = []) {
        self.title = title
        self.period = period
        self.currentYear = currentYear
        self.versionLabel = versionLabel
        self.approval = approval
        self.revisions = revisions
        self.timetable = timetable
        self.strategicAssessment = strategicAssessment
        self.crimeStrategy = crimeStrategy
        self.performanceFramework = performanceFramework
        self.resourcing = resourcing
        self.engagementApproach = engagementApproach
        self.businessProcesses = businessProcesses
        self.nationalPriorities = nationalPriorities
        self.publicSummary = publicSummary
        self.checklistNotes = checklistNotes
    }
}
