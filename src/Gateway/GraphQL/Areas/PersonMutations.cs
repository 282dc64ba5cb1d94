using Samspill.Grains.Notifications;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Mutations of the signed-in person's own notification settings and address.</summary>
public sealed class PersonMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PersonType>>("updateNotificationSettings")
            .Description("Sets how the caller receives each given kind of notice; kinds not given keep their setting.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationSettingInputType>>>>("settings")
            .ResolveAsync(async c =>
            {
                var id = PersonIds.Require(CallerContext.Current);
                var settings = c.GetArgument<List<NotificationSettingInput>>("settings");
                return await c.Grains().GetGrain<IPersonGrain>(id).ChangeSettings(settings.Select(s => new NoticeSetting(s.Kind, s.Delivery)).ToList());
            });

        mutation.Field<NonNullGraphType<PersonType>>("setNotificationEmail")
            .Description("When the sign-in token carries no e-mail: the address to use, sent a confirmation link; nothing else is sent to it before it is confirmed.")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .ResolveAsync(async c =>
            {
                var id = PersonIds.Require(CallerContext.Current);
                return await c.Grains().GetGrain<IPersonGrain>(id).RequestEmail(c.GetArgument<string>("email"));
            });
    }
}
