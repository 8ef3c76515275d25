import Testing
import LoaderFuzzing

@Suite("Fuzzing every loader")
struct LoaderFuzzTests {
    /// 3,000 damaged files over every loader: none crashes or hangs the process, every refusal
    /// names the file. (`swift run saferplan-fuzz --cases 1000000` runs the long campaign.)
    @Test func damagedFilesAreRefusedNamingTheFileAndNeverCrash() {
        let campaign = FuzzCampaign(hugeLength: 64 << 10)
        let report = campaign.run(count: 3_000, seed: 20_091_116)
        #expect(report.cases == 3_000)
        #expect(report.failures.isEmpty, "\(report.failures.prefix(5).map(\.description).joined(separator: "\n"))")
        // Every mutation kind ran, and most damaged files were refused rather than read.
        #expect(Set(report.perMutation.keys) == Set(Mutation.allCases))
        #expect(report.refused > report.cases / 2, "only \(report.refused) of \(report.cases) refused")
    }

    @Test func everyLoaderIsCoveredAndItsSeedsAreAccepted() {
        let targets = LoaderTarget.all
        #expect(targets.map(\.name) == ["partnership.json", "governance.json", "plan.json", "actions.json",
                                        "indicators.json", "budget.json", "risks.json", "actions/*.json", "indicators/*.json",
                                        "risks/*.json", "import csv", "import xlsx", "import json", "recovery file",
                                        "config.toml", "theme"])
        for t in targets {
            #expect(!t.seeds.isEmpty, "\(t.name) has no seeds")
            for seed in t.seeds { #expect(t.run(seed) == .accepted, "a valid \(t.name) was refused") }
        }
    }

    @Test func aCaseReplaysFromItsSeed() {
        let campaign = FuzzCampaign(hugeLength: 1024)
        let seed = campaign.caseSeed(7, 42)
        let a = campaign.runCase(seed: seed)
        let b = campaign.runCase(seed: seed)
        #expect(a.target == b.target && a.mutation == b.mutation && a.outcome == b.outcome)
    }
}
