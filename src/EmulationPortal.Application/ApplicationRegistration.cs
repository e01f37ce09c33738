using EmulationPortal.Application.Common;
using EmulationPortal.Application.Notifications;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application;

public static class ApplicationRegistration
{
    /// <summary>Every <see cref="IUseCase"/> class, scoped (each creates a short-lived DbContext per call), the validators they run, the dashboards' shared facts cache and the attachment limits (defaults; the host binds its configuration).</summary>
    public static IServiceCollection AddPortalUseCases(this IServiceCollection services)
    {
        var useCases = typeof(ApplicationRegistration).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IUseCase).IsAssignableFrom(t));
        foreach (var useCase in useCases)
        {
            services.AddScoped(useCase);
        }

        services.AddSingleton<Dashboards.DashboardFactsCache>();
        services.AddSingleton<Dashboards.DashboardChangeNotifier>();
        // Both sections validated on start like the others (ADR 0008): a bad limit or address stops start-up naming the key.
        services.AddOptions<Attachments.AttachmentOptions>().BindConfiguration(Attachments.AttachmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Notifications: the options (SMTP off unless configured), the outbox the use cases write to, the circuits' signal.
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<SmtpMailer>();
        services.AddScoped<EmailDelivery>();
        services.AddScoped<DeadlineReminders>();
        services.AddValidatorsFromAssembly(typeof(ApplicationRegistration).Assembly, includeInternalTypes: true);
        return services;
    }
}
