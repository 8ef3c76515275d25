import ArgumentParser
import PlanCore

/// `saferplan`: the partnership plan in a terminal.
@main
struct SaferPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saferplan",
        abstract: "Community Safety Partnership plans, governance, action plans, indicators, budget and risks.",
        discussion: """
            With no subcommand, opens the terminal application on WORKSPACE, or on $SAFERPLAN_WORKSPACE, or on \
            the workspaces in $XDG_DATA_HOME/saferplan (~/.local/share/saferplan); on first run the demo \
            workspaces are written there.
            """,
        version: AppVersion.current,
        subcommands: [OpenCommand.self, InitCommand.self, DemoCommand.self, ValidateCommand.self, CheckCommand.self,
                      ExportCommand.self, ImportCommand.self, LogCommand.self, GitSetupCommand.self,
                      MergeFileCommand.self, ManualCommand.self],
        defaultSubcommand: OpenCommand.self)

    static func main() {
        ImportCommand.refuseUnknownKind(Array(CommandLine.arguments.dropFirst()))
        main(nil)
    }
}
