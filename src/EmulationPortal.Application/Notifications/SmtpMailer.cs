using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EmulationPortal.Application.Notifications;

/// <summary>Sends one message through the configured SMTP server (MailKit). The credentials are used, never logged.</summary>
public sealed class SmtpMailer(IOptionsMonitor<NotificationOptions> options)
{
    public SmtpOptions Settings => options.CurrentValue.Smtp;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var smtp = Settings;
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
