/// The version of SaferPlan, as `saferplan --version` prints it and the manual page states it.
public enum AppVersion {
    public static let current = "0.9.0"
}
