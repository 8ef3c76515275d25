// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SaferPlan",
    // Linux only: the store, the terminal and the command line call Glibc by name (read, write,
    // errno, termios), so no Apple platform is claimed.
    products: [
        .executable(name: "saferplan", targets: ["saferplan"]),
        .executable(name: "saferplan-bench", targets: ["saferplan-bench"]),
        .executable(name: "saferplan-fuzz", targets: ["saferplan-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Word papers and Excel workbooks: the project writes the XML, ZIPFoundation packs it.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Theme and config files: a full TOML parser (toml++ underneath).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The domain: model, rules, scoring, JSON workspace store. No UI, no curses.
        .target(name: "PlanCore", dependencies: ["Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Spreadsheets: Excel workbooks read and written natively (no LibreOffice at run time).
        .target(name: "Spreadsheet", dependencies: ["SystemZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The system zlib (zlib1g-dev): its CRC-32 checks each workbook part as it is unpacked.
        .systemLibrary(name: "SystemZlib"),
        // Terminal-independent UI: state, actions, reducer, key maps, views into a cell grid.
        .target(name: "PlanUI", dependencies: ["PlanCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The C shim: the only code that includes <ncurses.h>.
        .target(
            name: "CNcursesw",
            cSettings: [.define("NCURSES_WIDECHAR", to: "1")],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // The application shell: the loop, the effect runner, the recovery file and the editor
        // hand-over, over a small terminal protocol (so tests run it headless).
        .target(name: "AppShell", dependencies: ["PlanUI", "PlanCore"]),
        // The thin ncurses backend: blits a Screen, decodes keys, signals, spawning the editor.
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "PlanUI", "AppShell"]),
        // A generator of large synthetic workspaces, for the benchmark and tests.
        .target(name: "SyntheticWorkspace", dependencies: ["PlanCore"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "saferplan",
            dependencies: [
                "PlanCore", "PlanUI", "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // `swift run -c release saferplan-bench`: prints the benchmark tables.
        .executableTarget(
            name: "saferplan-bench",
            dependencies: ["PlanCore", "PlanUI", "TerminalBackend", "SyntheticWorkspace",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Damaged-file cases for every loader: `swift run saferplan-fuzz --cases 1000000`.
        .target(name: "LoaderFuzzing", dependencies: ["PlanCore", "PlanUI", "AppShell"]),
        .executableTarget(name: "saferplan-fuzz", dependencies: ["LoaderFuzzing", "PlanCore", "SyntheticWorkspace"]),
        .testTarget(name: "FuzzTests", dependencies: ["LoaderFuzzing", "PlanCore"]),
        .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore", "SyntheticWorkspace",
                                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["PaperGolden", "Fixtures"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanUITests", dependencies: ["PlanUI", "PlanCore"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["saferplan", "saferplan-fuzz", "PlanCore"]),
        .testTarget(name: "AppShellTests", dependencies: ["AppShell", "PlanUI", "PlanCore"]),
    ]
)
