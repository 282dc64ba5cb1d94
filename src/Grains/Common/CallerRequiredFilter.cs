namespace Samspill.Grains.Common;

/// <summary>Marks a grain interface whose every method must be called with a caller attached.</summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class RequiresCallerAttribute : Attribute;

/// <summary>
/// A silo-wide incoming call filter: a call to a <see cref="RequiresCallerAttribute"/> interface that carries no
/// caller is refused before the grain runs, so an edge that forgets to attach one fails closed.
/// </summary>
public sealed class CallerRequiredFilter : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        var declaring = context.InterfaceMethod?.DeclaringType;
        if (declaring is not null && declaring.IsDefined(typeof(RequiresCallerAttribute), inherit: false) && !CallerContext.IsPresent)
            throw new DomainException(ErrorCodes.Unauthenticated, "The call carries no caller; grains refuse anonymous internal calls to protected methods.");
        return context.Invoke();
    }
}
