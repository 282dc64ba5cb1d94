using Samspill.Grains.Dialogue;
using Samspill.Grains.Suppliers;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>DialogueEventKind.</summary>
public sealed class DialogueEventKindEnum : EnumerationGraphType<DialogueEventKind> { public DialogueEventKindEnum() => Name = "DialogueEventKind"; }

/// <summary>DialogueEventStatus.</summary>
public sealed class DialogueEventStatusEnum : EnumerationGraphType<DialogueEventStatus> { public DialogueEventStatusEnum() => Name = "DialogueEventStatus"; }

/// <summary>FollowKind.</summary>
public sealed class FollowKindEnum : EnumerationGraphType<FollowKind> { public FollowKindEnum() => Name = "FollowKind"; }
