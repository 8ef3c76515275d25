/// The version of SaferPlan, as `saferplan --version` prints it and the manual page states it.
public enum AppVersion {
    /// The version number, e.g. "0.9.0".
    public static let current = "0.9.0"
}
