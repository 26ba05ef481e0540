/// What every rule may consult: the site, the models, the "as of" day and the files on disk.
struct ValidationContext: Sendable {
    let project: Project
    let site: SiteConfig
    let models: ScoringModelSet
    let asOf: LocalDate
    let districts: DistrictMatcher

    init(project: Project, site: SiteConfig, models: ScoringModelSet, asOf: LocalDate) {
        self.project = project
        self.site = site
        self.models = models
        self.asOf = asOf
        self.districts = DistrictMatcher(site.districts)
    }
}
