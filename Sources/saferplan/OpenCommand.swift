import ArgumentParser
import PlanCore

/// `saferplan [WORKSPACE]`: the terminal application.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal application (the default).")

    @Argument(help: "The workspace folder.")
    var workspace: String?

    @Flag(help: "Open without the right to change anything.")
    var readOnly = false

    func run() throws {
        Console.error("the terminal application is not built yet")
        throw ExitCode(1)
    }
}
