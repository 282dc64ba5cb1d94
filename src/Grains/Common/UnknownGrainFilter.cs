namespace Samspill.Grains.Common;

/// <summary>A grain addressed by an id from outside, which knows whether anything was ever stored under it.</summary>
public interface IKnowsItExists
{
    /// <summary>False while nothing was created under this grain's id.</summary>
    bool Exists { get; }
}

/// <summary>
/// A silo-wide incoming call filter: after a call to a grain that does not exist (a lookup of an unknown id), the
/// activation is deactivated at once instead of living on until idle collection, so looking up random ids builds
/// up neither activations nor memory. The lookup itself writes nothing.
/// </summary>
public sealed class UnknownGrainFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        finally
        {
            if (context.TargetContext.GrainInstance is IKnowsItExists { Exists: false })
                context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "Nothing exists under this id."));
        }
    }
}
