using System.Text.RegularExpressions;
using Orleans;
using Orleans.Runtime;

namespace Samspill.Storage;

/// <summary>Stops the silo at startup when a provider's options cannot work, instead of at the first grain call.</summary>
internal sealed partial class AzureTableGrainStorageOptionsValidator(AzureTableGrainStorageOptions options, string name) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new OrleansConfigurationException($"Azure Table grain storage '{name}': ConnectionString is empty.");
        }
        if (!TableNamePattern().IsMatch(options.TableName))
        {
            throw new OrleansConfigurationException($"Azure Table grain storage '{name}': TableName '{options.TableName}' is not a valid table name (3-63 letters or digits, starting with a letter).");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
