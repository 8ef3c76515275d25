import PlanCore

/// The user's configuration: `$XDG_CONFIG_HOME/saferplan/config.toml`.
///
/// ```toml
/// theme = "light"
/// mouse = true
/// [keys]
/// quit = "q, ctrl-q"          # every context
/// "list.down" = "j, down, n"  # one context
/// ```
public struct ConfigFile: Sendable, Equatable {
    /// The theme's name (`theme = "light"`); when unset, the command line's or the default theme.
    public var theme: String?
    /// True when mouse clicks and the wheel are taken (`mouse = true`).
    public var mouse = false
    /// The name the change log records for this person (`user = "Jo Bloggs"`); the login name when unset.
    public var user: String?
    /// Key overrides: command (optionally `context.command`) → keys as written.
    public var keys: [(name: String, keys: String, line: Int)] = []

    /// A config with nothing set.
    public init() {}

    /// Equal when theme, mouse, user and the key overrides (names and keys) match; lines are not compared.
    public static func == (a: ConfigFile, b: ConfigFile) -> Bool {
        a.theme == b.theme && a.mouse == b.mouse && a.user == b.user && a.keys.map(\.name) == b.keys.map(\.name)
            && a.keys.map(\.keys) == b.keys.map(\.keys)
    }

    /// `$XDG_CONFIG_HOME/saferplan`, else `~/.config/saferplan`.
    public static var folder: String {
        if let xdg = FileSystem.environment("XDG_CONFIG_HOME") { return FileSystem.join(xdg, "saferplan") }
        return FileSystem.join(FileSystem.environment("HOME") ?? ".", ".config/saferplan")
    }

    /// The config file's path: `config.toml` in `folder`.
    public static var path: String { FileSystem.join(folder, "config.toml") }

    /// Parses a config file's text.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigFile {
        var c = ConfigFile()
        for e in try TOMLEntries.parse(text, file: file) {
            switch (e.section, e.key) {
            case ("", "theme"):
                guard e.kind == .string else { throw ConfigError(file: file, line: e.line, message: "theme must be a quoted name") }
                c.theme = e.value
            case ("", "user"):
                guard e.kind == .string else { throw ConfigError(file: file, line: e.line, message: "user must be a quoted name") }
                c.user = e.value
            case ("", "mouse"):
                guard e.kind == .bool else {
                    throw ConfigError(file: file, line: e.line, message: "mouse must be true or false, without quotes")
                }
                c.mouse = e.value == "true"
            case ("keys", let name):
                guard e.kind == .string else {
                    throw ConfigError(file: file, line: e.line, message: "the keys for \(name) must be a quoted list, e.g. \"j, down\"")
                }
                c.keys.append((name, e.value, e.line))
            case ("", let key):
                throw ConfigError(file: file, line: e.line, message: "unknown setting \"\(key)\"; expected theme, mouse, user or [keys]")
            default:
                throw ConfigError(file: file, line: e.line, message: "unknown section [\(e.section)]; expected [keys]")
            }
        }
        return c
    }

    /// Reads the user's config file; absent means defaults.
    public static func load() -> Result<ConfigFile, ConfigError> {
        guard FileSystem.exists(path) else { return .success(ConfigFile()) }
        guard let bytes = try? FileSystem.read(path), let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(ConfigError(file: path, line: 1, message: "could not be read as UTF-8 text"))
        }
        do { return .success(try parse(text, file: path)) } catch { return .failure(error) }
    }
}
