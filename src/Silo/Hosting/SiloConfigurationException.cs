namespace Samspill.Silo.Hosting;

/// <summary>Configuration the silo cannot start with; Program prints the message alone, without a stack trace.</summary>
public sealed class SiloConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
