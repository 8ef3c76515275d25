import Foundation
import PlanCore
import SyntheticWorkspace

/// `swift run -c release saferplan-bench`: load, validate, save and export times on synthetic
/// workspaces, with Python's json.load of the same files beside the load figure.
BenchMain.run()
