import AppShell
import PlanCore
import PlanUI

/// One loader under fuzzing: valid seed files, and a check of what the loader does with a damaged one.
public struct LoaderTarget: Sendable {
    /// What the loader made of a case.
    public enum Outcome: Sendable, Equatable {
        /// Read without complaint.
        case accepted
        /// Refused with a message that names the file.
        case refused
        /// Refused without naming the file, or named another: a failure of the loader.
        case unnamedRefusal(String)
    }

    /// The loader's name, e.g. `risks.json` or `import csv`.
    public let name: String
    /// The path the loader is told the bytes came from; every refusal must name it.
    public let path: String
    /// Valid files to start from.
    public let seeds: [[UInt8]]
    /// Runs the loader on `bytes`.
    public let run: @Sendable ([UInt8]) -> Outcome

    /// Every loader of the project: each workspace file and record file, risk import from CSV and JSON, the config
    /// file and theme files.
    public static var all: [LoaderTarget] {
        let demos = DemoWorkspaces.all.map(\.workspace)
        var targets: [LoaderTarget] = WorkspaceFile.allCases.map { file in
            let path = "fuzz/" + file.fileName
            return storeTarget(file, name: file.fileName, path: path, seeds: demos.compactMap { try? $0.encoded(file) })
        }
        targets += RecordFiles.parts.map { file in
            let path = "fuzz/" + file.recordPath("record")
            let seeds = demos.flatMap { ws in
                ws.recordIDs(file).indices.prefix(3).compactMap { try? ws.encodedRecord(file, at: $0) }
            }
            return storeTarget(file, name: file.recordPath("*"), path: path, seeds: seeds)
        }
        let today = Day(year: 2010, month: 11, day: 15) ?? Day(dayNumber: 0)
        let empty = RiskRegister()
        let blank = Workspace(plan: Plan(currentYear: FinancialYear(2010)))
        targets.append(LoaderTarget(name: "import csv", path: "fuzz/risks.csv",
                                    seeds: demos.map { Array(RiskCSV.export($0.risks, today: today).utf8) }) { bytes in
            tableOutcome(bytes, path: "fuzz/risks.csv", into: blank, today: today)
        })
        targets.append(LoaderTarget(name: "import xlsx", path: "fuzz/risks.xlsx",
                                    seeds: demos.compactMap { try? XLSXExport.export(.risks, of: $0, today: today) }) { bytes in
            tableOutcome(bytes, path: "fuzz/risks.xlsx", into: blank, today: today)
        })
        targets.append(LoaderTarget(name: "import json", path: "fuzz/risks-export.json",
                                    seeds: demos.compactMap { try? Array(JSONExport.export(.risks, of: $0).utf8) }) { bytes in
            importOutcome(RiskImport.json(bytes, into: empty))
        })
        let recoveryPath = "fuzz/" + RecoveryFile.fileName
        targets.append(LoaderTarget(name: "recovery file", path: recoveryPath, seeds: recoverySeeds) { bytes in
            switch RecoveryFile.decode(bytes) {
            case .success: return .accepted
            case .failure(let damage): return damage.description.isEmpty ? .unnamedRefusal("a refusal without a reason") : .refused
            }
        })
        let configPath = "fuzz/config.toml"
        targets.append(LoaderTarget(name: "config.toml", path: configPath, seeds: [Array(sampleConfig.utf8)]) { bytes in
            tomlOutcome(bytes, path: configPath) { text throws(ConfigError) in _ = try ConfigFile.parse(text, file: configPath) }
        })
        let themePath = "fuzz/theme.toml"
        targets.append(LoaderTarget(name: "theme", path: themePath, seeds: Theme.builtInSources.map { Array($0.text.utf8) }) { bytes in
            tomlOutcome(bytes, path: themePath) { text throws(ConfigError) in
                _ = try Theme.parse(text, file: themePath, base: ThemeCatalog.standard)
            }
        })
        return targets
    }

    /// Recovery files as the app writes them: a new risk's form and a new body's.
    static var recoverySeeds: [[UInt8]] {
        [RecordKind.risk, .body].map { kind in
            RecoveryFile.encoded(FormState(kind: kind, ref: nil, parent: nil, title: "New \(kind.rawValue)",
                                           values: kind.schema.fields.map { _ in "kept text" }, visible: Array(kind.schema.fields.indices)))
        }
    }

    /// A sheet import: refused as a whole with the file named, or row by row with each refusal
    /// naming the file and its row or line.
    /// A target that reads `file`'s bytes as the store does, reported against `path`.
    private static func storeTarget(_ file: WorkspaceFile, name: String, path: String, seeds: [[UInt8]]) -> LoaderTarget {
        LoaderTarget(name: name, path: path, seeds: seeds) { bytes in
            do throws(LoadError) {
                _ = try WorkspaceStore.read(file, bytes: bytes, path: path)
                return .accepted
            } catch {
                return error.file == path && error.description.hasPrefix(path + ":")
                    ? .refused : .unnamedRefusal(error.description)
            }
        }
    }

    private static func tableOutcome(_ bytes: [UInt8], path: String, into ws: Workspace, today: Day) -> Outcome {
        do throws(TabularReadError) {
            let result = try RiskTableImport.run(try TabularReader.read(bytes, file: path), into: ws,
                                                 options: TableImportOptions(today: today, createMissing: true))
            let refusals = result.report(onlyRefused: true)
            if refusals.isEmpty { return .accepted }
            return refusals.allSatisfy { $0.hasPrefix(path + ", ") } ? .refused : .unnamedRefusal(refusals.joined(separator: "; "))
        } catch {
            return error.description.hasPrefix(path) ? .refused : .unnamedRefusal(error.description)
        }
    }

    /// The CLI prefixes an import's problems with the file name; each must carry its line.
    private static func importOutcome(_ result: RiskImportResult) -> Outcome {
        if result.problems.isEmpty { return .accepted }
        return result.problems.allSatisfy { $0.line >= 1 } ? .refused
            : .unnamedRefusal(result.problems.map(\.description).joined(separator: "; "))
    }

    private static func tomlOutcome(_ bytes: [UInt8], path: String,
                                    _ parse: (String) throws(ConfigError) -> Void) -> Outcome {
        guard let text = String(validating: bytes, as: UTF8.self) else { return .refused }
        do throws(ConfigError) {
            try parse(text)
            return .accepted
        } catch {
            return error.file == path && error.description.hasPrefix(path) ? .refused : .unnamedRefusal(error.description)
        }
    }

    static let sampleConfig = """
        theme = "light"
        mouse = true
        [keys]
        quit = "q, ctrl-q"
        "list.down" = "j, down, n"
        """
}
