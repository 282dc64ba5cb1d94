namespace Samspill.Gateway;

/// <summary>Gateway configuration the silo cannot start with; Program prints the message alone, without a stack trace.</summary>
public sealed class GatewayConfigurationException(string message) : Exception(message);
