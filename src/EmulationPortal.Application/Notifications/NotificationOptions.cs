using System.ComponentModel.DataAnnotations;

namespace EmulationPortal.Application.Notifications;

/// <summary>The <c>Notifications</c> section: email over SMTP (off unless configured) and how early reminders come.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The portal's public address, so an email's link opens the page to act on (e.g. https://thidua.z121.vn).</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How many days before a pledge or launch deadline the reminder comes.</summary>
    [Range(1, 60)]
    public int ReminderDays { get; set; } = 3;

    /// <summary>Whether this instance runs the scheduled jobs (delivery, reminders, digest); every instance may.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often queued emails are delivered (seconds).</summary>
    [Range(5, 3600)]
    public int DeliveryIntervalSeconds { get; set; } = 30;
}

/// <summary>The SMTP server. The password comes from configuration or user secrets/environment and is never logged.</summary>
public sealed class SmtpOptions
{
    public bool Enabled { get; set; }
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTls";

    public string From { get; set; } = "thidua@localhost";
    public string FromName { get; set; } = "Cổng thi đua";
    public string? UserName { get; set; }
    public string? Password { get; set; }

    public override string ToString() => $"{Host}:{Port} ({Security}) as {UserName ?? "anonymous"}";
}
