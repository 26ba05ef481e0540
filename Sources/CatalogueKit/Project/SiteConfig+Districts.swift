/// District look-up by what a person types, for tools outside validation (`ocop new --district`).
extension SiteConfig {
    /// The district whose id or name matches `written`, ignoring case, diacritics and Unicode normalisation.
    public func district(matching written: String) -> District? {
        DistrictMatcher(districts).match(written)
    }

    /// The district closest to `written`, for a "did you mean".
    public func closestDistrict(to written: String) -> District? {
        DistrictMatcher(districts).closest(to: written)
    }
}
