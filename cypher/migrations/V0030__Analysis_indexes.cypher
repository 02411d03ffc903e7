// The analysis and the TSAG report: liaisons past their deadline, work items started in a period.
CREATE INDEX liaison_deadline IF NOT EXISTS FOR (n:Liaison) ON (n.deadline);
CREATE INDEX work_item_start_date IF NOT EXISTS FOR (n:WorkItem) ON (n.startDate);
