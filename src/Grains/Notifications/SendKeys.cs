using System.Security.Cryptography;
using System.Text;

namespace Samspill.Grains.Notifications;

/// <summary>
/// The idempotent send key of each mail and the Message-Id made from it: plain functions of what the outbox stores
/// before sending, so a copy sent again after a crash is the same message to every mail system that compares ids.
/// </summary>
public static class SendKeys
{
    /// <summary>One notice to one person.</summary>
    public static string Notice(string noticeId, string personId) => $"{noticeId}/{personId}";

    /// <summary>The Message-Id (without angle brackets) of the mail with this send key.</summary>
    public static string MessageId(string sendKey) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sendKey)))[..40]}@samspill";
}
