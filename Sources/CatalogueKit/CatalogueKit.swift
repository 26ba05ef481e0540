import CCmark
import Yams
import Templating

public enum CatalogueKitVersion {
    public static let cmark = String(cString: cmark_version_string())
}
