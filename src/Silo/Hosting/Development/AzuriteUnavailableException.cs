namespace Samspill.Silo.Hosting.Development;

/// <summary>Azurite could not be started; the message is one line saying why and what to do.</summary>
public class AzuriteUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string NodeMissingMessage = "Node.js was not found; install it or run with --Storage:Provider=Memory";
}

/// <summary>Azurite exited before it said it was listening (for one, because another process took its port).</summary>
public sealed class AzuriteExitedException(string message) : AzuriteUnavailableException(message);
