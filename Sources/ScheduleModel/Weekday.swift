public enum ScheduleModelPlaceholder {}
