import ArgumentParser
import PlanCore

/// The manual page, generated from the command definitions: each subcommand's abstract and
/// its help text (discussion, usage, arguments, options) as argument-parser renders it.
enum ManualPage {
    static func render() -> String {
        var out = [".TH SAFERPLAN 1 \"\" \"SaferPlan \(AppVersion.current)\" \"User Commands\"",
                   ".SH NAME", "saferplan \\- " + escape(SaferPlanCommand.configuration.abstract),
                   ".SH SYNOPSIS", ".B saferplan", "[\\fISUBCOMMAND\\fR] [\\fIOPTIONS\\fR] [\\fIWORKSPACE\\fR]",
                   ".SH DESCRIPTION", escape(SaferPlanCommand.configuration.discussion),
                   ".SH COMMANDS"]
        for command in SaferPlanCommand.configuration.subcommands where command.configuration.shouldDisplay {
            let c = command.configuration
            out += [".SS " + escape(c.commandName ?? ""), escape(c.abstract)]
            out += [".PP", ".nf"] + command.helpMessage(columns: 78).split(separator: "\n", omittingEmptySubsequences: false)
                .drop { $0.hasPrefix("OVERVIEW:") || $0.isEmpty }.map { escape(String($0)) } + [".fi"]
        }
        out += [".SH SHELL COMPLETION",
                "saferplan --generate-completion-script bash|zsh|fish prints a completion script; see the README.",
                ".SH FILES",
                "$XDG_CONFIG_HOME/saferplan/config.toml, $XDG_CONFIG_HOME/saferplan/themes, $XDG_DATA_HOME/saferplan"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Text safe in roff: backslashes doubled, a leading dot or quote kept from being a request.
    static func escape(_ text: String) -> String {
        let t = text.replacingAll("\\", with: "\\\\").replacingAll("-", with: "\\-")
        return t.hasPrefix(".") || t.hasPrefix("'") ? "\\&" + t : t
    }
}

/// `saferplan manual`: prints the manual page (hidden; docs/saferplan.1 is made with it).
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: "Print the manual page in roff.", shouldDisplay: false)

    func run() throws { print(ManualPage.render(), terminator: "") }
}
