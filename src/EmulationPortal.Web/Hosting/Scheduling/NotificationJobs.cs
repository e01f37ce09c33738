using EmulationPortal.Application.Notifications;
using Quartz;

namespace EmulationPortal.Web.Hosting.Scheduling;

/// <summary>Sends the queued emails that are due. Never two at once, on one instance or across the cluster.</summary>
[DisallowConcurrentExecution]
internal sealed class DeliverEmailsJob(EmailDelivery delivery) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => new(delivery.DeliverDueAsync(cancellationToken));
}

/// <summary>The morning run: today's deadline reminders (idempotent by their dedupe keys), then the digests.</summary>
[DisallowConcurrentExecution]
internal sealed class DailyRemindersJob(DeadlineReminders reminders, EmailDelivery delivery) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await reminders.RunAsync(cancellationToken);
        await delivery.SendDigestsAsync(cancellationToken);
    }
}
