/** The portal's roles (the container's security roles) and who the current request is for. */
package org.externship.portal.shared.security;
