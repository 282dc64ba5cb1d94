using Samspill.Grains.Notifications;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>NoticeKind: the kinds of e-mail notice a person chooses a delivery for.</summary>
public sealed class NoticeKindEnum : EnumerationGraphType<NoticeKind> { public NoticeKindEnum() => Name = "NoticeKind"; }

/// <summary>NoticeDelivery: immediately, in the daily digest (07:00 Europe/Oslo), or never.</summary>
public sealed class NoticeDeliveryEnum : EnumerationGraphType<NoticeDelivery> { public NoticeDeliveryEnum() => Name = "NoticeDelivery"; }

/// <summary>Person: the signed-in person's profile and notification settings.</summary>
public sealed class PersonType : ObjectGraphType<PersonView>
{
    public PersonType()
    {
        Name = "Person";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<StringGraphType>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("email").Description("The address notices go to; null until one is known.").Resolve(c => c.Source.Email);
        Field<NonNullGraphType<BooleanGraphType>>("emailConfirmed")
            .Description("True when the address came from the sign-in token or was confirmed by its link; nothing is sent before.")
            .Resolve(c => c.Source.EmailConfirmed);
        Field<NonNullGraphType<BooleanGraphType>>("emailFromSignIn")
            .Description("True when the address is the sign-in token's own; it cannot be changed with setNotificationEmail.")
            .Resolve(c => c.Source.EmailSource == EmailSource.Token);
        Field<StringGraphType>("pendingEmail").Description("An address typed in and waiting for its confirmation link.").Resolve(c => c.Source.PendingEmail);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationSettingType>>>>("notificationSettings").Resolve(c => c.Source.Settings);
    }
}

/// <summary>NotificationSetting: how one kind of notice is delivered.</summary>
public sealed class NotificationSettingType : ObjectGraphType<NoticeSetting>
{
    public NotificationSettingType()
    {
        Name = "NotificationSetting";
        Field<NonNullGraphType<NoticeKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<NoticeDeliveryEnum>>("delivery").Resolve(c => c.Source.Delivery);
    }
}

/// <summary>The input of one setting.</summary>
public sealed class NotificationSettingInput
{
    public NoticeKind Kind { get; set; }
    public NoticeDelivery Delivery { get; set; }
}

/// <summary>NotificationSettingInput.</summary>
public sealed class NotificationSettingInputType : InputObjectGraphType<NotificationSettingInput>
{
    public NotificationSettingInputType()
    {
        Name = "NotificationSettingInput";
        Field<NonNullGraphType<NoticeKindEnum>>("kind");
        Field<NonNullGraphType<NoticeDeliveryEnum>>("delivery");
    }
}
