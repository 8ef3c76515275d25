import ArgumentParser
import PlanCore

/// `saferplan import partners FILE [WORKSPACE]`.
struct ImportPartnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "Import partners: organisation, acronym, kind, which responsible authority, role, contribution, representatives.")

    @OptionGroup var arguments: ImportArguments

    func run() throws { try arguments.runAll(PartnerSchema(), kind: "partners") }
}

/// `saferplan import bodies FILE [WORKSPACE]`.
struct ImportBodiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bodies",
        abstract: "Import the governance structure: boards and groups, whom each reports to, chair, cadence, purpose, members.",
        discussion: "A body reports to bodies by name, acronym or id; list a body before those that report to it. Members one per line: role | organisation | person.")

    @OptionGroup var arguments: ImportArguments

    func run() throws { try arguments.runAll(BodySchema(), kind: "bodies") }
}

/// `saferplan import engagement FILE [WORKSPACE]`.
struct ImportEngagementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engagement",
        abstract: "Import how the partnership engages its communities: mechanism, description, frequency, audience, lead.")

    @OptionGroup var arguments: ImportArguments

    func run() throws { try arguments.runAll(EngagementSchema(), kind: "engagement") }
}

/// `saferplan import milestones FILE [WORKSPACE]`.
struct ImportMilestonesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milestones",
        abstract: "Import the plan timetable: date as written, step, body, done, done on, note.")

    @OptionGroup var arguments: ImportArguments

    func run() throws { try arguments.runAll(MilestoneSchema(), kind: "milestones") }
}

/// `saferplan import glossary FILE [WORKSPACE]`.
struct ImportGlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Import the glossary: term and meaning.")

    @OptionGroup var arguments: ImportArguments

    func run() throws { try arguments.runAll(GlossarySchema(), kind: "glossary") }
}

extension ImportArguments {
    /// Reads the file, opens the workspace, imports through `schema` and saves what changed.
    func runAll<S: TableSchema>(_ schema: S, kind: String) throws {
        let bytes = try bytes()
        let (session, ws, folder) = try open()
        defer { session.close() }
        try run(schema, kind: kind, bytes: bytes, ws: ws, session: session, folder: folder)
    }
}
