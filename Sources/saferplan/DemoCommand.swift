import ArgumentParser
import PlanCore

/// `saferplan demo DIR`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write the demo workspaces (haringey, spelthorne, herefordshire) into DIR.",
        discussion: "DIR must not exist or must be empty; nothing is overwritten.")

    @Argument(help: "The folder to write the demo workspaces into.", completion: .directory)
    var dir: String

    func run() throws {
        do { try DemoWorkspaces.write(into: dir) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        for (name, _) in DemoWorkspaces.all { Console.out(FileSystem.join(dir, name)) }
    }
}
