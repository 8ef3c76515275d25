import PlanCore

/// Finds themes by name: the user's own in the config folder first, then the built-in ones.
public enum ThemeCatalog {
    /// The default theme, parsed from its embedded source.
    public static let standard: Theme = {
        let text = Theme.builtInSources.first { $0.name == "default" }?.text ?? ""
        return (try? Theme.parse(text, file: "default.toml", base: Theme(name: "Default", styles: [:])))
            ?? Theme(name: "Default", styles: [:])
    }()

    /// Names of the built-in themes.
    public static var builtInNames: [String] { Theme.builtInSources.map(\.name) }

    /// The user's theme folder: `$XDG_CONFIG_HOME/saferplan/themes` (or `~/.config/saferplan/themes`).
    public static var userFolder: String { FileSystem.join(ConfigFile.folder, "themes") }

    /// Names of every theme available.
    public static func availableNames() -> [String] {
        let user = FileSystem.list(userFolder).filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        return Array(Set(builtInNames + user)).sorted()
    }

    /// The theme called `name`, or why it could not be had. A broken file is reported with its
    /// file and line; the caller keeps the default.
    public static func load(_ name: String) -> Result<Theme, ConfigError> {
        let userPath = FileSystem.join(userFolder, name + ".toml")
        if FileSystem.exists(userPath) {
            guard let bytes = try? FileSystem.read(userPath), let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(ConfigError(file: userPath, line: 1, message: "could not be read as UTF-8 text"))
            }
            do { return .success(try Theme.parse(text, file: userPath, base: standard)) } catch {
                return .failure(error)
            }
        }
        guard let source = Theme.builtInSources.first(where: { $0.name == name }) else {
            return .failure(ConfigError(file: name, line: 0, message: "no theme called \"\(name)\"; available: "
                                        + availableNames().joined(separator: ", ")))
        }
        do { return .success(try Theme.parse(source.text, file: "themes/\(name).toml", base: standard)) } catch {
            return .failure(error)
        }
    }
}
