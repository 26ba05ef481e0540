import ArgumentParser
import CatalogueKit

public struct OCOPCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "ocop", abstract: "Build the OCOP product catalogue.")
    public init() {}
    public func run() async throws { print(CatalogueKitVersion.cmark) }
}
