import Foundation

/// Who is making changes: `SAFERPLAN_USER`, else the config file's `user`, else the login name.
public enum ChangeAuthor {
    /// The name recorded in the change log for changes made now.
    public static func current() -> String {
        if let name = FileSystem.environment("SAFERPLAN_USER")?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            return name
        }
        if let name = configuredUser(), !name.isEmpty { return name }
        return loginName()
    }

    /// The login name of the process's user.
    public static func loginName() -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return FileSystem.environment("USER") ?? FileSystem.environment("LOGNAME") ?? "unknown"
    }

    /// `user = "…"` at the top of `$XDG_CONFIG_HOME/saferplan/config.toml` (before any `[section]`).
    static func configuredUser() -> String? {
        let folder = FileSystem.environment("XDG_CONFIG_HOME").map { FileSystem.join($0, "saferplan") }
            ?? FileSystem.join(FileSystem.environment("HOME") ?? ".", ".config/saferplan")
        guard let bytes = try? FileSystem.read(FileSystem.join(folder, "config.toml")) else { return nil }
        return user(inConfig: String(decoding: bytes, as: UTF8.self))
    }

    /// The top-level `user` setting of a config text.
    static func user(inConfig text: String) -> String? {
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") { return nil }
            guard line.hasPrefix("user"), let eq = line.firstIndex(of: "=") else { continue }
            guard line[..<eq].trimmingCharacters(in: .whitespaces) == "user" else { continue }
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), let close = value.dropFirst().firstIndex(of: "\"") {
                value = String(value[value.index(after: value.startIndex)..<close])
            } else if let hash = value.firstIndex(of: "#") {
                value = value[..<hash].trimmingCharacters(in: .whitespaces)
            }
            return value
        }
        return nil
    }
}
