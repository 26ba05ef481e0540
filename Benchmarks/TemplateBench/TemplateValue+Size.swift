import Templating

extension TemplateValue {
    /// Size of the trusted HTML in the page data, for the report line.
    var descriptionBytes: Int {
        guard case .object(let fields) = self, case .string(let html)? = fields["descriptionHTML"] else { return 0 }
        return html.utf8.count
    }
}
