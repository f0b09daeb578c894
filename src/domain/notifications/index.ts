// Notification texts (thông báo cho công dân và cán bộ): pure templates and SMS length rules.
export * from "./templates";
export * from "./sms";
export * from "./labels";
