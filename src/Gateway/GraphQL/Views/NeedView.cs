using Samspill.Grains.Needs;

namespace Samspill.Gateway.GraphQL.Views;

/// <summary>A need as the API shows it; mapped from the stored <see cref="NeedRecord"/> so that neither shape binds the other.</summary>
public sealed record NeedView(
    string Id, string Municipality, string Title, string Description, IReadOnlyList<string> Cpv,
    ProcurementCategory Category, long? EstimatedValueNok, DateOnly? NeededFrom, DateOnly? NeededTo,
    NeedStage Stage, NeedVisibility Visibility, bool OpenToCollaboration, string? ConsortiumId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? FromCaseId)
{
    public bool IsWithdrawn => Stage == NeedStage.Withdrawn;

    public static NeedView From(NeedRecord need) => new(
        need.Id, need.Municipality, need.Title, need.Description, need.Cpv,
        need.Category, need.EstimatedValueNok, need.NeededFrom, need.NeededTo,
        need.Stage, need.Visibility, need.OpenToCollaboration, need.ConsortiumId,
        need.CreatedAt, need.UpdatedAt, need.FromCaseId);
}
