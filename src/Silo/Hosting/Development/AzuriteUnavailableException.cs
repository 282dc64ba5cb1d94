namespace Samspill.Silo.Hosting.Development;

/// <summary>Azurite could not be started; the message is one line saying why and what to do.</summary>
public sealed class AzuriteUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string NodeMissingMessage = "Node.js was not found; install it or run with --Storage:Provider=Memory";
}
