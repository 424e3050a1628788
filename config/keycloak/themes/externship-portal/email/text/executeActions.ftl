<#ftl output_format="plainText">
<#assign requiredActionsText><#if requiredActions??><#list requiredActions><#items as reqActionItem>${msg("requiredAction.${reqActionItem}")}<#sep>, </#items></#list></#if></#assign>
<#if user.attributes.invitedTo?? && user.attributes.invitedAs??>
${msg("invitationLead", user.attributes.invitedTo, msg("invitedAs." + user.attributes.invitedAs))}

</#if>
${msg("executeActionsBody", link, linkExpiration, realmName, requiredActionsText, linkExpirationFormatter(linkExpiration))}
