/**
 * Pages of professional messages (issue 11): the student's conversations with their placements' staff
 * ({@code student/messages}), the staff member's inbox and working hours ({@code staff/messages},
 * {@code staff/working-hours}), and the coordinator's reported messages ({@code coordinator/reported-messages}).
 */
package org.externship.portal.messaging.view;
