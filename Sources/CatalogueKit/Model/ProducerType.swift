/// The kind of economic organisation behind a product (the "chủ thể").
public enum ProducerType: String, Sendable, Codable, CaseIterable {
    case cooperative
    case enterprise
    case householdBusiness = "household-business"
    case cooperativeGroup = "cooperative-group"
}
